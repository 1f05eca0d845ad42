-- The session's kind (KEYNOTE, TALK, ...): everyone with stream access hears when a keynote goes live.
ALTER TABLE session_projection ADD COLUMN kind VARCHAR(32);
