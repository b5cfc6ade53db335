-- The nightly clean-up of idempotency keys deletes by age.
create index idempotent_verzoek_aangemaakt on idempotent_verzoek (aangemaakt_op);
