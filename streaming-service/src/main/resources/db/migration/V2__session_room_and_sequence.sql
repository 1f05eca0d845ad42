-- The session projection is service-support's shared one (KnownSession): it keeps the room and the iCalendar
-- sequence too. Both fill in from the next release.
ALTER TABLE session_projection ADD COLUMN room VARCHAR(100);
ALTER TABLE session_projection ADD COLUMN sequence INTEGER NOT NULL DEFAULT 0;
