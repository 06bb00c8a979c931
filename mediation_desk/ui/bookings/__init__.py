"""Bookings (interventi): the actions on one booking or a weekly series, and the bookings table."""
