-- Who may book a slot: ATTENDEES (an active registration, the rule so far) or AUTHORS (anyone signed in while the
-- workshop's call for papers is open).
ALTER TABLE mentoring_slot ADD COLUMN audience VARCHAR(16) NOT NULL DEFAULT 'ATTENDEES'
    CHECK (audience IN ('ATTENDEES', 'AUTHORS'));

