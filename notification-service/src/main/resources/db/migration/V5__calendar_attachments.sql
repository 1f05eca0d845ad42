-- An iCalendar attachment of an email (a confirmation's workshop, a schedule notice's sessions).
ALTER TABLE delivery ADD COLUMN attachment_ics TEXT;
-- iCalendar SEQUENCE of each session, counted like schedule-service does: 0 when first released, +1 for each
-- release that changes it, so an attached event updates the one already in the person's calendar.
ALTER TABLE session_projection ADD COLUMN sequence INTEGER NOT NULL DEFAULT 0;
