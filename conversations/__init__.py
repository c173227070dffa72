"""The recovery journey as pure data and functions: no Telegram, no SQL, no I/O."""
