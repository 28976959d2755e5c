# raise ... from ...: "The above exception was the direct cause of the following exception:"
class ConfigError(Exception):
    pass

def lookup(table, key):
    return table[key]

def get_setting(name):
    try:
        return lookup({"debug": True}, name)
    except KeyError as exc:
        raise ConfigError(f"missing setting {name!r}") from exc

print("debug =", get_setting("debug"))
get_setting("verbose")
