-- The triage bot in chats: its messages may carry quick replies (label and reply pairs).
ALTER TABLE chat_message ADD COLUMN quick_replies VARCHAR(2000);
