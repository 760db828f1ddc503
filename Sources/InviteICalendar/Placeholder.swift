// Placeholder until the InviteICalendar sources land.
