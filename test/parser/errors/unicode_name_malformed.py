x = '\N{ab'
