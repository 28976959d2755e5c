"""Dates, times and time intervals, as CPython's datetime module."""

import time as _time

__all__ = ["date", "datetime", "time", "timedelta", "timezone", "tzinfo", "MINYEAR", "MAXYEAR",
           "UTC"]

MINYEAR = 1
MAXYEAR = 9999
_MAX_ORDINAL = 3652059
_US_PER_DAY = 86400 * 10 ** 6

_DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [0]
for _n in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_DAYS_BEFORE_MONTH[-1] + _n)
del _n

_MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"]
_DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month - 1] + (month > 2 and _is_leap(year))


def _ymd_to_ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


def _ord_to_ymd(n):
    """(year, month, day) of proleptic Gregorian ordinal n (1 is 0001-01-01)."""
    n -= 1
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month - 1] + (month > 2 and leap)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leap)
    return year, month, n - preceding + 1


def _index(value):
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    try:
        method = type(value).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__) from None
    return method(value)


def _check_date(year, month, day):
    year, month, day = _index(year), _index(month), _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time(hour, minute, second, microsecond, fold):
    hour, minute, second, microsecond = (_index(hour), _index(minute), _index(second),
                                         _index(microsecond))
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _cmp(a, b):
    return 0 if a == b else (1 if a > b else -1)


def _round_half_even(num, den):
    """The integer nearest num/den, ties to even (den > 0)."""
    q, r = divmod(num, den)
    twice = 2 * r
    if twice > den or (twice == den and q % 2 == 1):
        q += 1
    return q


def _ratio(x):
    if isinstance(x, float):
        if x != x or x in (float("inf"), float("-inf")):
            raise ValueError("cannot convert float %r to integer" % x)
        return x.as_integer_ratio()
    return _index(x), 1


class timedelta:
    """A duration: days, seconds and microseconds, normalised."""

    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
                weeks=0):
        num, den = 0, 1
        for value, scale in ((days, _US_PER_DAY), (seconds, 10 ** 6), (microseconds, 1),
                             (milliseconds, 1000), (minutes, 60 * 10 ** 6),
                             (hours, 3600 * 10 ** 6), (weeks, 7 * _US_PER_DAY)):
            if isinstance(value, (int, float)):
                n, d = _ratio(value)
            else:
                raise TypeError("unsupported type for timedelta %s component: %s" % (
                    {days: "days"}.get(value, "a"), type(value).__name__))
            num, den = num * d + n * scale * den, den * d
        return cls._from_us(_round_half_even(num, den))

    @classmethod
    def _from_us(cls, us):
        days, us = divmod(us, _US_PER_DAY)
        seconds, us = divmod(us, 10 ** 6)
        if not -999999999 <= days <= 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % days)
        self = object.__new__(cls)
        self._days = days
        self._seconds = seconds
        self._microseconds = us
        self._hashcode = -1
        return self

    days = property(lambda self: self._days)
    seconds = property(lambda self: self._seconds)
    microseconds = property(lambda self: self._microseconds)

    def _us(self):
        return (self._days * 86400 + self._seconds) * 10 ** 6 + self._microseconds

    def total_seconds(self):
        return self._us() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append("days=%d" % self._days)
        if self._seconds:
            args.append("seconds=%d" % self._seconds)
        if self._microseconds:
            args.append("microseconds=%d" % self._microseconds)
        if not args:
            args.append("0")
        return "%s(%s)" % (_type_name(self), ", ".join(args))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            s = "%d day%s, " % (self._days, "" if abs(self._days) == 1 else "s") + s
        if self._microseconds:
            s += ".%06d" % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._us() * other)
        if isinstance(other, float):
            n, d = _ratio(other)
            return timedelta._from_us(_round_half_even(self._us() * n, d))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // other._us()
        if isinstance(other, int):
            return timedelta._from_us(self._us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("division by zero")
            return timedelta._from_us(_round_half_even(self._us() * (1 if other > 0 else -1),
                                                       abs(other)))
        if isinstance(other, float):
            n, d = _ratio(other)
            if n == 0:
                raise ZeroDivisionError("division by zero")
            if n < 0:
                n, d = -n, -d
            return timedelta._from_us(_round_half_even(self._us() * d, n))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us(), other._us())
            return q, timedelta._from_us(r)
        return NotImplemented

    def _compare(self, other, op):
        if isinstance(other, timedelta):
            return op(self._us(), other._us())
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._us() == other._us()
        return NotImplemented

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds, self._microseconds))
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return type(self), (self._days, self._seconds, self._microseconds)


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


def _type_name(obj):
    """The name reprs and messages use: 'datetime.date' for the module's own types, the bare
    class name for subclasses (as CPython's C types)."""
    cls = type(obj)
    return "datetime." + cls.__name__ if cls.__module__ == __name__ else cls.__name__


def _two(n):
    return "%02d" % n


def _format_offset(off, sep=":"):
    """'+HH:MM[:SS[.ffffff]]' for a utcoffset() timedelta; '' for None."""
    if off is None:
        return ""
    sign = "+"
    if off.days < 0:
        sign = "-"
        off = -off
    hh, rest = divmod(off._us(), 3600 * 10 ** 6)
    mm, rest = divmod(rest, 60 * 10 ** 6)
    ss, us = divmod(rest, 10 ** 6)
    s = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if ss or us:
        s += "%s%02d" % (sep, ss)
        if us:
            s += ".%06d" % us
    return s


def _format_time(hh, mm, ss, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    if timespec == "hours":
        return "%02d" % hh
    if timespec == "minutes":
        return "%02d:%02d" % (hh, mm)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hh, mm, ss, us // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hh, mm, ss, us)
    raise ValueError("Unknown timespec value")


def _iso_week1_monday(year):
    first = _ymd_to_ord(year, 1, 1)
    weekday = (first + 6) % 7
    monday = first - weekday
    if weekday > 3:
        monday += 7
    return monday


def _strftime(fmt, year, month, day, hour, minute, second, us, weekday, yday, off, tzname):
    """Formats the fields with C strftime's directives (C locale)."""
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        i += 1
        if c != "%" or i >= n:
            out.append(c)
            continue
        d = fmt[i]
        i += 1
        if d == "a":
            out.append(_DAY_NAMES[weekday][:3])
        elif d == "A":
            out.append(_DAY_NAMES[weekday])
        elif d == "w":
            out.append(str((weekday + 1) % 7))
        elif d == "u":
            out.append(str(weekday + 1))
        elif d == "d":
            out.append(_two(day))
        elif d == "e":
            out.append("%2d" % day)
        elif d == "b" or d == "h":
            out.append(_MONTH_NAMES[month - 1][:3])
        elif d == "B":
            out.append(_MONTH_NAMES[month - 1])
        elif d == "m":
            out.append(_two(month))
        elif d == "y":
            out.append(_two(year % 100))
        elif d == "Y":
            out.append(str(year))
        elif d == "C":
            out.append(_two(year // 100))
        elif d == "H":
            out.append(_two(hour))
        elif d == "I":
            out.append(_two(hour % 12 or 12))
        elif d == "p":
            out.append("AM" if hour < 12 else "PM")
        elif d == "M":
            out.append(_two(minute))
        elif d == "S":
            out.append(_two(second))
        elif d == "f":
            out.append("%06d" % us)
        elif d == "j":
            out.append("%03d" % yday)
        elif d == "U":
            out.append(_two((yday + 6 - (weekday + 1) % 7) // 7))
        elif d == "W":
            out.append(_two((yday + 6 - weekday) // 7))
        elif d in "GV":
            iso_year, iso_week, _ = _isocalendar(year, month, day)
            out.append(str(iso_year) if d == "G" else _two(iso_week))
        elif d == "z":
            out.append(_format_offset(off, ""))
        elif d == "Z":
            out.append(tzname or "")
        elif d == "c":
            out.append("%s %s %2d %02d:%02d:%02d %d" % (
                _DAY_NAMES[weekday][:3], _MONTH_NAMES[month - 1][:3], day, hour, minute, second,
                year))
        elif d == "x":
            out.append("%02d/%02d/%02d" % (month, day, year % 100))
        elif d == "X":
            out.append("%02d:%02d:%02d" % (hour, minute, second))
        elif d == "D":
            out.append("%02d/%02d/%02d" % (month, day, year % 100))
        elif d == "F":
            out.append("%d-%02d-%02d" % (year, month, day))
        elif d == "T":
            out.append("%02d:%02d:%02d" % (hour, minute, second))
        elif d == "R":
            out.append("%02d:%02d" % (hour, minute))
        elif d == "n":
            out.append("\n")
        elif d == "t":
            out.append("\t")
        elif d == "%":
            out.append("%")
        else:
            out.append("%" + d)
    return "".join(out)


def _isocalendar(year, month, day):
    ordinal = _ymd_to_ord(year, month, day)
    iso_year = year
    week1 = _iso_week1_monday(iso_year)
    if ordinal < week1:
        iso_year -= 1
        week1 = _iso_week1_monday(iso_year)
    elif ordinal >= _iso_week1_monday(iso_year + 1):
        iso_year += 1
        week1 = _iso_week1_monday(iso_year)
    week, weekday = divmod(ordinal - week1, 7)
    return iso_year, week + 1, weekday + 1


class IsoCalendarDate(tuple):
    """(year, week, weekday) with names."""

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        return "datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)" % self

    def __reduce__(self):
        return tuple, (tuple(self),)


def _parse_isoformat_date(s):
    """(year, month, day) from 'YYYY-MM-DD', 'YYYYMMDD', 'YYYY-Www[-D]' or 'YYYYWww[D]'."""
    if len(s) < 7 or not s[:4].isdigit() or not s.isascii():
        raise ValueError
    year = int(s[:4])
    rest = s[4:]
    dash = rest.startswith("-")
    if dash:
        rest = rest[1:]
    if rest.startswith("W"):
        rest = rest[1:]
        week = rest[:2]
        rest = rest[2:]
        weekday = "1"
        if rest:
            if dash:
                if not rest.startswith("-"):
                    raise ValueError
                rest = rest[1:]
            weekday, rest = rest[:1], rest[1:]
        if rest or not week.isdigit() or not weekday.isdigit():
            raise ValueError
        return _from_iso_calendar(year, int(week), int(weekday))
    if dash:
        if len(rest) != 5 or rest[2] != "-":
            raise ValueError
        month, day = rest[:2], rest[3:]
    else:
        if len(rest) != 4:
            raise ValueError
        month, day = rest[:2], rest[2:]
    if not month.isdigit() or not day.isdigit():
        raise ValueError
    return int(year), int(month), int(day)


def _from_iso_calendar(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("Year is out of range: %d" % year)
    if not 0 < week < 53:
        out_of_range = True
        if week == 53:
            first = _ymd_to_ord(year, 1, 1) % 7
            if first == 4 or (first == 3 and _is_leap(year)):
                out_of_range = False
        if out_of_range:
            raise ValueError("Invalid week: %d" % week)
    if not 0 < day < 8:
        raise ValueError("Invalid weekday: %d (range is [1, 7])" % day)
    ordinal = _iso_week1_monday(year) + (week - 1) * 7 + day - 1
    return _ord_to_ymd(ordinal)


def _parse_isoformat_time(s):
    """(hour, minute, second, microsecond, tzinfo) from 'HH[:MM[:SS[.fff[fff]]]][tz]'."""
    tz = None
    for i, c in enumerate(s):
        if c in "+-Z":
            tz = _parse_tz(s[i:])
            s = s[:i]
            break
    hour, minute, second, us = _parse_hms(s)
    return hour, minute, second, us, tz


def _parse_hms(s):
    if not s.isascii():
        raise ValueError
    parts = []
    colon = ":" in s
    pos = 0
    while len(parts) < 3 and pos < len(s):
        chunk = s[pos:pos + 2]
        if len(chunk) != 2 or not chunk.isdigit():
            raise ValueError
        parts.append(int(chunk))
        pos += 2
        if pos < len(s) and s[pos] == ":" and colon and len(parts) < 3:
            pos += 1
        elif colon and pos < len(s) and s[pos] not in ".,":
            raise ValueError
    if not parts:
        raise ValueError
    us = 0
    if pos < len(s):
        if s[pos] not in ".," or len(parts) < 3:
            raise ValueError
        frac = s[pos + 1:]
        if not frac or not frac.isdigit():
            raise ValueError
        us = int((frac + "000000")[:6])
    while len(parts) < 3:
        parts.append(0)
    return parts[0], parts[1], parts[2], us


def _parse_tz(s):
    if s == "Z":
        return timezone.utc
    sign = -1 if s[0] == "-" else 1
    hh, mm, ss, us = _parse_hms(s[1:])
    off = timedelta(hours=hh, minutes=mm, seconds=ss, microseconds=us)
    return timezone.utc if not off else timezone(sign * off)


class date:
    """A date of the proleptic Gregorian calendar."""

    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __new__(cls, year, month=None, day=None):
        year, month, day = _check_date(year, month, day)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hashcode = -1
        return self

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d = _time.localtime(t)[:3]
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        if not 1 <= n <= _MAX_ORDINAL:
            raise ValueError("ordinal must be >= 1")
        return cls(*_ord_to_ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        if len(date_string) not in (7, 8, 10):
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        try:
            return cls(*_parse_isoformat_date(date_string))
        except ValueError:
            raise ValueError("Invalid isoformat string: %r" % (date_string,)) from None

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_from_iso_calendar(year, week, day))

    def toordinal(self):
        return _ymd_to_ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        return IsoCalendarDate(*_isocalendar(self._year, self._month, self._day))

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        return "%s %s %2d 00:00:00 %04d" % (_DAY_NAMES[self.weekday()][:3],
                                            _MONTH_NAMES[self._month - 1][:3], self._day,
                                            self._year)

    def _yday(self):
        return _days_before_month(self._year, self._month) + self._day

    def strftime(self, fmt):
        return _strftime(fmt, self._year, self._month, self._day, 0, 0, 0, 0, self.weekday(),
                         self._yday(), None, None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        return self.strftime(fmt) if fmt else str(self)

    def timetuple(self):
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0, self.weekday(),
                                  self._yday(), -1))

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_type_name(self), self._year,
                                      self._month, self._day)

    def _key(self):
        return self._year, self._month, self._day

    # A date compares by its calendar date with any date, datetimes included; datetime's own
    # methods (tried first, as it is a subclass) refuse to order a datetime against a date.
    def __eq__(self, other):
        if isinstance(other, date):
            return self._key() == (other._year, other._month, other._day)
        return NotImplemented

    def _order(self, other):
        if isinstance(other, date):
            return _cmp(self._key(), (other._year, other._month, other._day))
        return None

    def __lt__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c >= 0

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if 0 < n <= _MAX_ORDINAL:
                return type(self).fromordinal(n)
            raise OverflowError("date value out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return type(self), (self._year, self._month, self._day)


def _qualified(obj):
    return _type_name(obj)


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class tzinfo:
    """Abstract base class for time-zone information."""

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("tzinfo subclass must override tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("tzinfo subclass must override utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("tzinfo subclass must override dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        off = dt.utcoffset()
        if off is None:
            raise ValueError("fromutc() requires a non-None utcoffset() result")
        dst = dt.dst() or timedelta(0)
        dt += off - dst
        return dt + (dt.dst() or timedelta(0))


def _check_offset(name, off):
    if off is None:
        return None
    if not isinstance(off, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(off).__name__))
    if not -timedelta(1) < off < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                         "timedelta(hours=24), not %r." % (off,))
    return off


class time:
    """A time of day, optionally with a tzinfo."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold", "_hashcode")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond = _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour, self._minute, self._second = hour, minute, second
        self._microsecond, self._tzinfo, self._fold = microsecond, tzinfo, fold
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        s = time_string[1:] if time_string.startswith("T") else time_string
        try:
            h, m, sec, us, tz = _parse_isoformat_time(s)
            return cls(h, m, sec, us, tz)
        except ValueError:
            raise ValueError("Invalid isoformat string: %r" % (time_string,)) from None

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(None))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(None))

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(None)

    def isoformat(self, timespec="auto"):
        return (_format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
                + _format_offset(self.utcoffset()))

    __str__ = isoformat

    def strftime(self, fmt):
        return _strftime(fmt, 1900, 1, 1, self._hour, self._minute, self._second,
                         self._microsecond, 0, 1, self.utcoffset(), self.tzname())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        return self.strftime(fmt) if fmt else str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *,
                fold=None):
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def __repr__(self):
        if self._microsecond:
            s = ", %d, %d" % (self._second, self._microsecond)
        elif self._second:
            s = ", %d" % self._second
        else:
            s = ""
        s = "%s(%d, %d%s)" % (_type_name(self), self._hour,
                                 self._minute, s)
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r)" % (self._tzinfo,)
        if self._fold:
            s = s[:-1] + ", fold=1)"
        return s

    def _us(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * 10 ** 6 + self._microsecond

    def _order(self, other):
        if not isinstance(other, time):
            return None
        a = self.utcoffset()
        b = other.utcoffset()
        if a == b:
            return _cmp(self._us(), other._us())
        if a is None or b is None:
            raise TypeError("can't compare offset-naive and offset-aware times")
        return _cmp(self._us() - a._us(), other._us() - b._us())

    def __eq__(self, other):
        if not isinstance(other, time):
            return NotImplemented
        try:
            return self._order(other) == 0
        except TypeError:
            return False

    def __lt__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c >= 0

    def __hash__(self):
        if self._hashcode == -1:
            off = self.utcoffset()
            self._hashcode = hash(self._us() - (off._us() if off else 0))
        return self._hashcode

    def __bool__(self):
        return True

    def __reduce__(self):
        return type(self), (self._hour, self._minute, self._second, self._microsecond,
                            self._tzinfo)


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


class datetime(date):
    """A date with a time of day, optionally with a tzinfo."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0,
                tzinfo=None, *, fold=0):
        year, month, day = _check_date(year, month, day)
        hour, minute, second, microsecond = _check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hour, self._minute, self._second = hour, minute, second
        self._microsecond, self._tzinfo, self._fold = microsecond, tzinfo, fold
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def _from_us(cls, us, tz=None):
        """The datetime `us` microseconds after 0001-01-01 00:00 (ordinal 1)."""
        days, us = divmod(us, _US_PER_DAY)
        if not 0 <= days < _MAX_ORDINAL:
            raise OverflowError("date value out of range")
        y, m, d = _ord_to_ymd(days + 1)
        sec, us = divmod(us, 10 ** 6)
        mi, sec = divmod(sec, 60)
        h, mi = divmod(mi, 60)
        return cls(y, m, d, h, mi, sec, us, tz)

    def _us(self):
        return ((self.toordinal() - 1) * 86400 + (self._hour * 60 + self._minute) * 60
                + self._second) * 10 ** 6 + self._microsecond

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        n, d = _ratio(t)
        us = _round_half_even(n * 10 ** 6, d)
        if tz is None:
            secs, frac = divmod(us, 10 ** 6)
            y, m, dd, hh, mm, ss = _time.localtime(secs)[:6]
            return cls(y, m, dd, hh, mm, min(ss, 59), frac)
        utc = cls._from_us(us + _EPOCH_US, tz)
        return tz.fromutc(utc)

    @classmethod
    def utcfromtimestamp(cls, t):
        n, d = _ratio(t)
        return cls._from_us(_round_half_even(n * 10 ** 6, d) + _EPOCH_US)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, globals()["date"]):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromordinal(cls, n):
        if not 1 <= n <= _MAX_ORDINAL:
            raise ValueError("ordinal must be >= 1")
        return cls(*_ord_to_ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        s = date_string
        try:
            split = _date_end(s)
            y, m, d = _parse_isoformat_date(s[:split])
            if split < len(s):
                h, mi, sec, us, tz = _parse_isoformat_time(s[split + 1:])
            else:
                h = mi = sec = us = 0
                tz = None
            return cls(y, m, d, h, mi, sec, us, tz)
        except ValueError:
            raise ValueError("Invalid isoformat string: %r" % (date_string,)) from None

    @classmethod
    def strptime(cls, date_string, format):
        return _strptime(cls, date_string, format)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return _time_class(self._hour, self._minute, self._second, self._microsecond,
                           fold=self._fold)

    def timetz(self):
        return _time_class(self._hour, self._minute, self._second, self._microsecond,
                           self._tzinfo, fold=self._fold)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(self))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(self))

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(self)

    def timestamp(self):
        off = self.utcoffset()
        if off is None:
            return _time.mktime((self._year, self._month, self._day, self._hour, self._minute,
                                 self._second, -1, -1, -1)) + self._microsecond / 1e6
        return (self._us() - off._us() - _EPOCH_US) / 10 ** 6

    def utctimetuple(self):
        off = self.utcoffset()
        dt = self - off if off else self
        return _time.struct_time((dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second,
                                  dt.weekday(), dt._yday(), 0))

    def timetuple(self):
        dst = self.dst()
        flag = -1 if dst is None else int(bool(dst))
        return _time.struct_time((self._year, self._month, self._day, self._hour, self._minute,
                                  self._second, self.weekday(), self._yday(), flag))

    def astimezone(self, tz=None):
        if tz is None:
            tz = _local_timezone(self)
        elif not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                            % type(tz).__name__)
        off = self.utcoffset()
        if off is None:
            off = _local_timezone(self).utcoffset(self)
        utc = (self - off).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def isoformat(self, sep="T", timespec="auto"):
        return ("%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep)
                + _format_time(self._hour, self._minute, self._second, self._microsecond,
                               timespec)
                + _format_offset(self.utcoffset()))

    def __str__(self):
        return self.isoformat(sep=" ")

    def ctime(self):
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _DAY_NAMES[self.weekday()][:3], _MONTH_NAMES[self._month - 1][:3], self._day,
            self._hour, self._minute, self._second, self._year)

    def strftime(self, fmt):
        return _strftime(fmt, self._year, self._month, self._day, self._hour, self._minute,
                         self._second, self._microsecond, self.weekday(), self._yday(),
                         self.utcoffset(), self.tzname())

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day,
                          self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute, self._second,
                  self._microsecond]
        while len(fields) > 5 and fields[-1] == 0:
            fields.pop()
        s = "%s(%s)" % (_type_name(self), ", ".join(str(f) for f in fields))
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r)" % (self._tzinfo,)
        if self._fold:
            s = s[:-1] + ", fold=1)"
        return s

    def _order(self, other, eq=False):
        if not isinstance(other, datetime):
            if isinstance(other, date) and not eq:
                raise TypeError("can't compare %s to %s" % (_qualified(self), _qualified(other)))
            return None
        a = self.utcoffset()
        b = other.utcoffset()
        if (a is None) != (b is None):
            if eq:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        if self._tzinfo is other._tzinfo or a == b:
            return _cmp(self._us(), other._us())
        return _cmp(self._us() - a._us(), other._us() - b._us())

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return False
        c = self._order(other, True)
        return NotImplemented if c is None else c == 0

    def __lt__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c >= 0

    def __hash__(self):
        if self._hashcode == -1:
            off = self.utcoffset()
            self._hashcode = hash(self._us() - (off._us() if off else 0))
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            try:
                return type(self)._from_us(self._us() + other._us(), self._tzinfo)
            except (OverflowError, ValueError):
                raise OverflowError("date value out of range") from None
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if isinstance(other, datetime):
            a = self.utcoffset()
            b = other.utcoffset()
            if (a is None) != (b is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            diff = self._us() - other._us()
            if a is not None and self._tzinfo is not other._tzinfo:
                diff -= a._us() - b._us()
            return timedelta._from_us(diff)
        return NotImplemented

    def __reduce__(self):
        return type(self), (self._year, self._month, self._day, self._hour, self._minute,
                            self._second, self._microsecond, self._tzinfo)


_time_class = time
_EPOCH_US = (_ymd_to_ord(1970, 1, 1) - 1) * _US_PER_DAY


def _date_end(s):
    """Where the date part of an ISO datetime string ends (the separator's index)."""
    if len(s) > 10 and s[4] == "-" and s[7] == "-":
        return 10
    if len(s) >= 8 and s[4] == "-" and s[5] == "W":
        return 10 if len(s) > 8 and s[8] == "-" else 8
    if len(s) >= 7 and s[4] == "W":
        return 8 if len(s) > 7 and s[7].isdigit() else 7
    if len(s) >= 8 and s[:8].isdigit():
        return 8
    return min(len(s), 10)


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


class timezone(tzinfo):
    """A fixed offset from UTC."""

    __slots__ = ("_offset", "_name")

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % type(offset).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % type(name).__name__)
        if not -timedelta(hours=24) < offset < timedelta(hours=24):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                             "and timedelta(hours=24), not %r." % (offset,))
        self = object.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def utcoffset(self, dt):
        return self._offset

    def dst(self, dt):
        return None

    def tzname(self, dt):
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset)

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() argument must be a datetime instance or None")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is timezone.utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return "datetime.timezone(%r)" % (self._offset,)
        return "datetime.timezone(%r, %r)" % (self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def __reduce__(self):
        return type(self), (self._offset,) if self._name is None else (self._offset, self._name)


timezone.utc = timezone(timedelta(0))
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc


def _local_timezone(dt):
    ts = (dt.replace(tzinfo=None)._us() - _EPOCH_US) // 10 ** 6
    local = _time.localtime(ts)
    offset = getattr(local, "tm_gmtoff", 0) or 0
    name = getattr(local, "tm_zone", None)
    return timezone(timedelta(seconds=offset), name)


_STRPTIME_FIELDS = {
    "Y": r"(?P<Y>\d\d\d\d)", "m": r"(?P<m>1[0-2]|0[1-9]|[1-9])",
    "d": r"(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])", "H": r"(?P<H>2[0-3]|[0-1]\d|\d)",
    "I": r"(?P<I>1[0-2]|0[1-9]|[1-9])", "M": r"(?P<M>[0-5]\d|\d)", "S": r"(?P<S>6[0-1]|[0-5]\d|\d)",
    "f": r"(?P<f>[0-9]{1,6})", "y": r"(?P<y>\d\d)", "j": r"(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
    "p": r"(?P<p>am|pm)", "z": r"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))",
    "Z": r"(?P<Z>utc|gmt)", "a": None, "A": None, "b": None, "B": None, "%": "%",
    "w": r"(?P<w>[0-6])", "u": r"(?P<u>[1-7])",
}


def _strptime_regex(fmt):
    out = []
    i = 0
    import re
    while i < len(fmt):
        c = fmt[i]
        i += 1
        if c != "%":
            out.append(r"\s+" if c.isspace() else re.escape(c))
            continue
        if i >= len(fmt):
            raise ValueError("stray % in format '%s'" % fmt)
        d = fmt[i]
        i += 1
        if d not in _STRPTIME_FIELDS:
            raise ValueError("'%s' is a bad directive in format '%s'" % (d, "%" + d))
        if d in "aA":
            names = [n[:3] if d == "a" else n for n in _DAY_NAMES]
            out.append("(?P<%s>%s)" % (d, "|".join(sorted(names, key=len, reverse=True))))
        elif d in "bB":
            names = [n[:3] if d == "b" else n for n in _MONTH_NAMES]
            out.append("(?P<%s>%s)" % (d, "|".join(sorted(names, key=len, reverse=True))))
        elif d == "%":
            out.append("%")
        else:
            out.append(_STRPTIME_FIELDS[d])
    return "".join(out)


def _strptime(cls, data, fmt):
    import re
    if not isinstance(data, str):
        raise TypeError("strptime() argument 1 must be str, not %s" % type(data).__name__)
    if not isinstance(fmt, str):
        raise TypeError("strptime() argument 2 must be str, not %s" % type(fmt).__name__)
    m = re.compile(_strptime_regex(fmt), re.IGNORECASE).match(data)
    if m is None:
        raise ValueError("time data %r does not match format %r" % (data, fmt))
    if m.end() != len(data):
        raise ValueError("unconverted data remains: %s" % data[m.end():])
    g = m.groupdict()
    year = 1900
    month = day = 1
    hour = minute = second = us = 0
    tz = None
    if g.get("Y"):
        year = int(g["Y"])
    elif g.get("y"):
        y = int(g["y"])
        year = y + (2000 if y <= 68 else 1900)
    if g.get("m"):
        month = int(g["m"])
    elif g.get("b") or g.get("B"):
        name = (g.get("b") or g.get("B")).lower()
        month = [n.lower()[:len(name)] for n in _MONTH_NAMES].index(name) + 1
    if g.get("d"):
        day = int(g["d"])
    if g.get("H"):
        hour = int(g["H"])
    elif g.get("I"):
        hour = int(g["I"]) % 12
        if (g.get("p") or "").lower() == "pm":
            hour += 12
    if g.get("M"):
        minute = int(g["M"])
    if g.get("S"):
        second = min(int(g["S"]), 59)
    if g.get("f"):
        us = int((g["f"] + "000000")[:6])
    if g.get("j") and not g.get("m") and not g.get("d"):
        y, month, day = _ord_to_ymd(_ymd_to_ord(year, 1, 1) + int(g["j"]) - 1)
    if g.get("z"):
        z = g["z"]
        if z in ("Z", "z"):
            tz = timezone.utc
        else:
            digits = z[1:].replace(":", "")
            frac = 0
            if "." in digits:
                digits, f = digits.split(".")
                frac = int((f + "000000")[:6])
            off = timedelta(hours=int(digits[:2]), minutes=int(digits[2:4]),
                            seconds=int(digits[4:6] or 0), microseconds=frac)
            tz = timezone(-off if z[0] == "-" else off)
    elif g.get("Z") and g["Z"].lower() in ("utc", "gmt"):
        tz = None
    result = cls(year, month, day, hour, minute, second, us, tz)
    return result
