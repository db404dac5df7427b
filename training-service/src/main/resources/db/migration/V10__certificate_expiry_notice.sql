-- When the scheduled check announced that the certificate expires soon (certificate.expiring.v1); null until then.
alter table certificate add column expiry_noticed_at timestamptz;

-- what the check looks for: certificates in force, not yet announced, by expiry
create index certificate_expiry_due on certificate (expires_on) where revoked_at is null and expiry_noticed_at is null;
