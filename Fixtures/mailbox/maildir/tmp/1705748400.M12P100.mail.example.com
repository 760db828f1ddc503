From: Ada Example <ada@example.com>
To: you@example.org
Subject: Still being delivered
Date: Sat, 20 Jan 2024 11:00:00 +0000
Message-ID: <md-12@example.com>

Ignored: tmp/.
