-- Whether the identity provider vouched for the registration's email when the person registered: the
-- `registrations` facts carry it, so that a consumer finding people by email trusts only verified addresses.
ALTER TABLE registration ADD COLUMN email_verified BOOLEAN NOT NULL DEFAULT false;
