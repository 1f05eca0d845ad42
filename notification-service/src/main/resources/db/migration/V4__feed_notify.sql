-- Tell every replica about a new feed item when its transaction commits (NOTIFY is delivered at commit), so the
-- replica holding the person's Server-Sent Events connection can push it.
CREATE FUNCTION notification_created_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('notification_created', NEW.id::text);
    RETURN NULL;
END;
$$;
CREATE TRIGGER notification_created AFTER INSERT ON notification
    FOR EACH ROW EXECUTE FUNCTION notification_created_notify();
