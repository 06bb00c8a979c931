"""The dashboard: today's and tomorrow's interventions, open requests, unanswered invitations, budgets."""
