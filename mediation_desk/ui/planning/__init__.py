"""Planning a range of days: the proposed plan, shown before anything is booked."""
