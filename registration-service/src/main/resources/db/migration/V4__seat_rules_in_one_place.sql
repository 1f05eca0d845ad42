-- The seat rules, written once: the service calls these functions and keeps no copy of them. A counter
-- changes only under its row lock, held to the end of the transaction; that is what makes "never oversold"
-- and waitlist numbers in commit order hold.

CREATE FUNCTION seat_is_free(counter seat_counter) RETURNS BOOLEAN
    LANGUAGE sql IMMUTABLE AS $$
    SELECT counter.capacity IS NULL OR counter.taken < counter.capacity
$$;

-- Locks a counter for the rest of the transaction; the seats taken, or null when the mode has no counter yet.
CREATE FUNCTION seat_lock(workshop VARCHAR, seat_mode VARCHAR) RETURNS INTEGER
    LANGUAGE sql AS $$
    SELECT c.taken FROM seat_counter c WHERE c.workshop_id = workshop AND c.mode = seat_mode FOR UPDATE
$$;

CREATE FUNCTION seat_locked(workshop VARCHAR, seat_mode VARCHAR) RETURNS seat_counter
    LANGUAGE plpgsql AS $$
DECLARE
    counter seat_counter;
BEGIN
    SELECT * INTO counter FROM seat_counter c WHERE c.workshop_id = workshop AND c.mode = seat_mode FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no seat counter for workshop % and mode %', workshop, seat_mode USING ERRCODE = 'no_data_found';
    END IF;
    RETURN counter;
END;
$$;

-- A request for a place: a seat while one is free (null), else the next number of that mode's waitlist.
CREATE FUNCTION seat_admit(workshop VARCHAR, seat_mode VARCHAR) RETURNS BIGINT
    LANGUAGE plpgsql AS $$
DECLARE
    counter seat_counter := seat_locked(workshop, seat_mode);
    next_number BIGINT;
BEGIN
    IF seat_is_free(counter) THEN
        UPDATE seat_counter c SET taken = c.taken + 1 WHERE c.workshop_id = workshop AND c.mode = seat_mode;
        RETURN NULL;
    END IF;
    UPDATE seat_counter c SET waitlist_tail = c.waitlist_tail + 1 WHERE c.workshop_id = workshop AND c.mode = seat_mode
    RETURNING c.waitlist_tail INTO next_number;
    RETURN next_number;
END;
$$;

CREATE FUNCTION seat_has_free(workshop VARCHAR, seat_mode VARCHAR) RETURNS BOOLEAN
    LANGUAGE sql AS $$
    SELECT seat_is_free(seat_locked(workshop, seat_mode))
$$;

-- The head of the waitlist takes a free seat; the seats taken afterwards, or null when none is free.
CREATE FUNCTION seat_take_for_promotion(workshop VARCHAR, seat_mode VARCHAR) RETURNS INTEGER
    LANGUAGE sql AS $$
    UPDATE seat_counter c SET taken = c.taken + 1
     WHERE c.workshop_id = workshop AND c.mode = seat_mode AND seat_is_free(c)
    RETURNING c.taken
$$;

-- A seat held by a confirmed or offered registration is given back; the seats taken afterwards. Giving back
-- a seat nobody holds breaks the table's check (taken >= 0).
CREATE FUNCTION seat_release(workshop VARCHAR, seat_mode VARCHAR) RETURNS INTEGER
    LANGUAGE sql AS $$
    UPDATE seat_counter c SET taken = c.taken - 1 WHERE c.workshop_id = workshop AND c.mode = seat_mode
    RETURNING c.taken
$$;

-- Creates a mode's counter or changes its capacity (null: unlimited); the seats taken.
CREATE FUNCTION seat_set_capacity(workshop VARCHAR, seat_mode VARCHAR, new_capacity INTEGER) RETURNS INTEGER
    LANGUAGE sql AS $$
    INSERT INTO seat_counter AS c (workshop_id, mode, capacity) VALUES (workshop, seat_mode, new_capacity)
    ON CONFLICT (workshop_id, mode) DO UPDATE SET capacity = EXCLUDED.capacity
    RETURNING c.taken
$$;

-- A new registration takes a seat or its place in line in one call, so the seat counter's row lock is held
-- for the microseconds of this function inside PostgreSQL, not across the service's round trips (what a
-- registration rush queued on). The service prepares both outcomes (the row and its outbox fact, seated and
-- waitlisted); seat_admit picks one. `decided` names the fact's payload fields that take what only the
-- admission knows: {"<field>": "waitlist_position" | "admitted_at"}. Called outside a transaction: the call
-- commits. A second active registration of the same person fails on registration_one_active and changes
-- nothing. The moment of admission is taken under the lock: registration order and waitlist order agree.
DROP FUNCTION admit_registration(JSONB, JSONB, JSONB, JSONB);
CREATE FUNCTION admit_registration(seated JSONB, waitlisted JSONB, seated_fact JSONB, waitlisted_fact JSONB,
        decided JSONB)
    RETURNS TABLE (waitlist_number BIGINT, waitlist_position BIGINT, admitted_at TIMESTAMPTZ)
    LANGUAGE plpgsql AS $$
DECLARE
    admitted registration;
    fact     JSONB := seated_fact;
    outcome  JSONB;
BEGIN
    admitted := jsonb_populate_record(NULL::registration, seated);
    waitlist_number := seat_admit(admitted.workshop_id, admitted.mode);
    IF waitlist_number IS NOT NULL THEN
        -- Everyone still waiting has a smaller number than the new one. A statement inside this function sees
        -- what committed before it started, so it counts the people who took the lock just before this call.
        SELECT count(*) + 1 INTO waitlist_position FROM registration r
         WHERE r.workshop_id = admitted.workshop_id AND r.mode = admitted.mode AND r.status = 'WAITLISTED';
        admitted := jsonb_populate_record(NULL::registration, waitlisted);
        admitted.waitlist_number := waitlist_number;
        fact := waitlisted_fact;
    END IF;

    admitted_at := clock_timestamp();
    admitted.created_at := admitted_at;
    admitted.updated_at := admitted_at;
    outcome := jsonb_build_object('waitlist_position', waitlist_position,
            'admitted_at', to_char(admitted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'));

    INSERT INTO registration SELECT admitted.*;
    PERFORM outbox_record(fact, (SELECT coalesce(jsonb_object_agg(d.key, outcome -> d.value), '{}'::JSONB)
                                   FROM jsonb_each_text(decided) d));
    RETURN NEXT;
END;
$$;
