CREATE INDEX `share_clicks_day_idx` ON `share_clicks` (`day`,`article_id`,`count`);--> statement-breakpoint
CREATE INDEX `audit_log_token_idx` ON `audit_log` (`token_id`,`id`);--> statement-breakpoint
CREATE INDEX `audit_log_action_idx` ON `audit_log` (`action`,`id`);
