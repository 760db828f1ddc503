// Placeholder until the InviteMIME sources land.
