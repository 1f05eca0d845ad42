-- A delivery is claimed (SENDING, with the claim's time) in its own committed transaction before the SMTP exchange,
-- so no other sender takes it and a database restart after the exchange cannot make it PENDING again.
ALTER TABLE delivery
    DROP CONSTRAINT delivery_status_check,
    ADD CONSTRAINT delivery_status_check CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'FAILED')),
    ADD COLUMN claimed_at TIMESTAMPTZ,
    ADD CONSTRAINT delivery_claim_has_time CHECK (status <> 'SENDING' OR claimed_at IS NOT NULL);
-- Claims whose lease ran out (the process died between the claim and the outcome) are looked for at every sweep.
CREATE INDEX delivery_claimed ON delivery (claimed_at) WHERE status = 'SENDING';
