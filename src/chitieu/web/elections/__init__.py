"""Party elections on the web: an election and its counting committee, ballot entry by two
counters, the result, the minutes, locked versions (docs/elections.md, "On the web")."""
