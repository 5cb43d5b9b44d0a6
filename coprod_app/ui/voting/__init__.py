"""Voting: the participant screen and its pages and cards, the console, the PIN pad, rounds, tallies, results."""
