"""Mail: the outbox, sending queued invitations in the background, the replies panel."""
