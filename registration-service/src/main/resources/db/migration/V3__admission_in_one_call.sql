-- A new registration takes a seat or its place in line in one call, so the seat counter's row lock is held
-- for the microseconds of this function inside PostgreSQL. Held across the service's round trips instead
-- (lock, insert, count, outbox, commit), it was what a registration rush queued on: every request for a mode
-- waits for that one row.
--
-- The service prepares both outcomes (the registration row and its outbox fact, seated and waitlisted); the
-- counter picks one. The rule "a seat is free when capacity is null or taken < capacity" is SeatCounter's
-- (hasFreeSeat); this is the same rule for this one path. Called outside a transaction: the call commits.
-- A second active registration of the same person fails on registration_one_active and changes nothing.
-- created_at is the moment of admission, taken under the lock: registration order and waitlist order agree.
CREATE FUNCTION admit_registration(seated JSONB, waitlisted JSONB, seated_fact JSONB, waitlisted_fact JSONB)
    RETURNS TABLE (waitlist_number BIGINT, waitlist_position BIGINT, admitted_at TIMESTAMPTZ)
    LANGUAGE plpgsql AS $$
DECLARE
    counter  seat_counter;
    admitted registration;
    fact     JSONB;
    stamp    JSONB;
BEGIN
    SELECT * INTO counter FROM seat_counter c
     WHERE c.workshop_id = seated ->> 'workshop_id' AND c.mode = seated ->> 'mode'
       FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no seat counter for workshop % and mode %', seated ->> 'workshop_id', seated ->> 'mode'
            USING ERRCODE = 'no_data_found';
    END IF;

    IF counter.capacity IS NULL OR counter.taken < counter.capacity THEN
        UPDATE seat_counter c SET taken = c.taken + 1
         WHERE c.workshop_id = counter.workshop_id AND c.mode = counter.mode;
        admitted := jsonb_populate_record(NULL::registration, seated);
        fact := seated_fact;
    ELSE
        UPDATE seat_counter c SET waitlist_tail = c.waitlist_tail + 1
         WHERE c.workshop_id = counter.workshop_id AND c.mode = counter.mode
        RETURNING c.waitlist_tail INTO waitlist_number;
        -- Everyone still waiting has a smaller number than the new tail. A statement inside this function sees
        -- what committed before it started, so it counts the people who took the lock just before this call.
        SELECT count(*) + 1 INTO waitlist_position FROM registration r
         WHERE r.workshop_id = counter.workshop_id AND r.mode = counter.mode AND r.status = 'WAITLISTED';
        admitted := jsonb_populate_record(NULL::registration,
                waitlisted || jsonb_build_object('waitlist_number', waitlist_number));
        fact := waitlisted_fact || jsonb_build_object('payload',
                jsonb_set((waitlisted_fact ->> 'payload')::JSONB, '{waitlistPosition}', to_jsonb(waitlist_position))::TEXT);
    END IF;

    admitted_at := clock_timestamp();
    admitted.created_at := admitted_at;
    admitted.updated_at := admitted_at;
    stamp := to_jsonb(to_char(admitted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'));
    fact := fact || jsonb_build_object('payload',
            jsonb_set(jsonb_set((fact ->> 'payload')::JSONB, '{createdAt}', stamp), '{updatedAt}', stamp)::TEXT);

    INSERT INTO registration SELECT admitted.*;
    INSERT INTO outbox_event (event_id, topic, message_key, lane, event_type, subject, occurred_at, payload)
    VALUES ((fact ->> 'event_id')::UUID, fact ->> 'topic', fact ->> 'message_key', (fact ->> 'lane')::SMALLINT,
            fact ->> 'event_type', fact ->> 'subject', (fact ->> 'occurred_at')::TIMESTAMPTZ, fact ->> 'payload');
    RETURN NEXT;
END;
$$;
