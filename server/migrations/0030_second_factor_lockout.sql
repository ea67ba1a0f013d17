-- Wrong second-factor codes are counted per account, not only per address: someone who has the
-- password could otherwise guess codes from many addresses, signing in again for each new session.
-- A successful password does not reset this count; only a right code does (docs/security.md).
ALTER TABLE staff_user ADD COLUMN failed_second_factor_count integer NOT NULL DEFAULT 0;
