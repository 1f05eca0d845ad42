-- The session projection is service-support's shared one (KnownSession): it keeps whether a session is streamed
-- too. It fills in from the next release.
ALTER TABLE session_projection ADD COLUMN streamed BOOLEAN NOT NULL DEFAULT FALSE;
