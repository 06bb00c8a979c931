"""The calendar: a day or a week of bookings on a painted resource timeline."""
