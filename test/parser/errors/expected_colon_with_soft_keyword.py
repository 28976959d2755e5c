with match
