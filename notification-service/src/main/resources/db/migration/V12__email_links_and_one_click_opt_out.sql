-- Announcements by email can be turned off like schedule changes and reminders (a one-click opt-out does it).
ALTER TABLE recipient_preferences ADD COLUMN announcements BOOLEAN NOT NULL DEFAULT TRUE;
-- A bulk email's one-click opt-out address (List-Unsubscribe), fixed when the delivery is recorded; none for the rest.
ALTER TABLE delivery ADD COLUMN list_unsubscribe VARCHAR(1000);
-- An author known only by email opts out under their feed address (`email:<address>`), as long as the feed's.
ALTER TABLE recipient_preferences ALTER COLUMN recipient_id TYPE VARCHAR(330);
