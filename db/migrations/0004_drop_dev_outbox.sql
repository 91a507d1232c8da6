-- The local outbox left the deployed code: local runs send to the Resend stand-in (standins/resend/).
DROP TABLE `dev_outbox`;
