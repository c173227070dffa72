"""Services: each route runs inside the update's transaction and returns an Outcome."""
