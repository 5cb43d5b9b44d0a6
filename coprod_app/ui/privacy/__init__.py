"""Privacy screens: erasing a participant, data past its retention period, the passphrase lock, the easy-read privacy notice."""
