From: Zoe Example <zoe@example.com>
To: you@example.org
Subject: Maildir eleven
Date: Sat, 20 Jan 2024 10:00:00 +0000
Message-ID: <md-11@example.com>

New message, M11.
