"""Recording what people say: the session list, the session page, its capture form and views."""
