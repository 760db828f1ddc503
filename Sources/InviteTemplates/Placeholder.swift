// Placeholder until the InviteTemplates sources land.
