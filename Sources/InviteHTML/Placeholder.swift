// Placeholder until the InviteHTML sources land.
