"""Carrying sessions between laptops: the laptops this one trusts."""
