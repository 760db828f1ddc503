// Placeholder until the InviteExtraction sources land.
