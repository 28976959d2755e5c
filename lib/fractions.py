"""Exact rational numbers."""

import math

__all__ = ["Fraction"]

# CPython's numeric hash parameters (sys.hash_info.modulus and .inf on 64-bit builds).
_HASH_MODULUS = (1 << 61) - 1
_HASH_INF = 314159


def _parse(text):
    """(numerator, denominator) of a str such as '3/4', '-1.25e2' or ' 7 '."""
    s = text.strip().replace("_", "")
    if "/" in s:
        num, _, den = s.partition("/")
        if not num.strip() or not den.strip() or num != num.strip() or den != den.strip():
            raise ValueError
        n = int(num)
        d = int(den)
        if not _plain_int(num) or not _plain_int(den, signed=False):
            raise ValueError
        return n, d
    sign = 1
    if s[:1] in "+-":
        sign = -1 if s[0] == "-" else 1
        s = s[1:]
    mantissa, exp = s, 0
    for e in "eE":
        if e in s:
            mantissa, _, tail = s.partition(e)
            if not _plain_int(tail):
                raise ValueError
            exp = int(tail)
            break
    whole, dot, frac = mantissa.partition(".")
    if not (whole or frac) or (whole and not whole.isdigit()) or (frac and not frac.isdigit()):
        raise ValueError
    if not whole.isascii() or not frac.isascii():
        raise ValueError
    n = int(whole or "0") * 10 ** len(frac) + int(frac or "0")
    d = 10 ** len(frac)
    if exp >= 0:
        n *= 10 ** exp
    else:
        d *= 10 ** -exp
    return sign * n, d


def _plain_int(s, signed=True):
    s = s.strip()
    if signed and s[:1] in "+-":
        s = s[1:]
    return s.isdigit() and s.isascii()


class Fraction:
    """A rational number numerator/denominator in lowest terms, denominator > 0."""

    __slots__ = ("_numerator", "_denominator")

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int or isinstance(numerator, int):
                self._numerator = int(numerator)
                self._denominator = 1
                return self
            if isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return self
            if isinstance(numerator, float):
                n, d = numerator.as_integer_ratio()
                self._numerator, self._denominator = n, d
                return self
            if isinstance(numerator, str):
                try:
                    n, d = _parse(numerator)
                except ValueError:
                    raise ValueError("Invalid literal for Fraction: %r" % numerator) from None
                numerator, denominator = n, d
            elif hasattr(numerator, "as_integer_ratio"):
                n, d = numerator.as_integer_ratio()
                self._numerator, self._denominator = n, d
                return self
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif isinstance(numerator, int) and isinstance(denominator, int):
            numerator, denominator = int(numerator), int(denominator)
        elif isinstance(numerator, (int, Fraction)) and isinstance(denominator, (int, Fraction)):
            a = Fraction(numerator)
            b = Fraction(denominator)
            numerator = a._numerator * b._denominator
            denominator = a._denominator * b._numerator
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def _raw(cls, n, d):
        self = object.__new__(cls)
        self._numerator = n
        self._denominator = d
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)"
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        return cls(*dec.as_integer_ratio())

    numerator = property(lambda self: self._numerator)
    denominator = property(lambda self: self._denominator)

    def as_integer_ratio(self):
        return self._numerator, self._denominator

    def is_integer(self):
        return self._denominator == 1

    def limit_denominator(self, max_denominator=1000000):
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        bound1 = Fraction(p0 + k * p1, q0 + k * q1)
        bound2 = Fraction(p1, q1)
        if abs(bound2 - self) <= abs(bound1 - self):
            return bound2
        return bound1

    def __repr__(self):
        return "%s(%s, %s)" % (type(self).__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return "%s/%s" % (self._numerator, self._denominator)

    @staticmethod
    def _coerce(other):
        """other as (numerator, denominator), a float, or None if unsupported."""
        if isinstance(other, Fraction):
            return other._numerator, other._denominator
        if isinstance(other, int):
            return int(other), 1
        if isinstance(other, (float, complex)):
            return other
        return None

    def _op(self, other, exact, inexact, reflected=False):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        if isinstance(o, tuple):
            a = (self._numerator, self._denominator)
            return exact(o, a) if reflected else exact(a, o)
        return inexact(o, float(self)) if reflected else inexact(float(self), o)

    @staticmethod
    def _add(a, b):
        return Fraction(a[0] * b[1] + b[0] * a[1], a[1] * b[1])

    @staticmethod
    def _sub(a, b):
        return Fraction(a[0] * b[1] - b[0] * a[1], a[1] * b[1])

    @staticmethod
    def _mul(a, b):
        return Fraction(a[0] * b[0], a[1] * b[1])

    @staticmethod
    def _div(a, b):
        if b[0] == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % (a[0] * b[1]))
        return Fraction(a[0] * b[1], a[1] * b[0])

    @staticmethod
    def _floordiv(a, b):
        return (a[0] * b[1]) // (a[1] * b[0])

    @staticmethod
    def _mod(a, b):
        d = a[1] * b[1]
        return Fraction((a[0] * b[1]) % (b[0] * a[1]), d)

    def __add__(self, other):
        return self._op(other, self._add, lambda x, y: x + y)

    def __radd__(self, other):
        return self._op(other, self._add, lambda x, y: x + y, True)

    def __sub__(self, other):
        return self._op(other, self._sub, lambda x, y: x - y)

    def __rsub__(self, other):
        return self._op(other, self._sub, lambda x, y: x - y, True)

    def __mul__(self, other):
        return self._op(other, self._mul, lambda x, y: x * y)

    def __rmul__(self, other):
        return self._op(other, self._mul, lambda x, y: x * y, True)

    def __truediv__(self, other):
        return self._op(other, self._div, lambda x, y: x / y)

    def __rtruediv__(self, other):
        return self._op(other, self._div, lambda x, y: x / y, True)

    def __floordiv__(self, other):
        return self._op(other, self._floordiv, lambda x, y: x // y)

    def __rfloordiv__(self, other):
        return self._op(other, self._floordiv, lambda x, y: x // y, True)

    def __mod__(self, other):
        return self._op(other, self._mod, lambda x, y: x % y)

    def __rmod__(self, other):
        return self._op(other, self._mod, lambda x, y: x % y, True)

    def __divmod__(self, other):
        q = self // other
        if q is NotImplemented:
            return q
        return q, self - q * other

    def __rdivmod__(self, other):
        q = other // self
        return q, other - q * self

    def __pow__(self, other):
        if isinstance(other, int) or (isinstance(other, Fraction) and other._denominator == 1):
            power = int(other) if isinstance(other, int) else other._numerator
            if power >= 0:
                return Fraction._raw(self._numerator ** power, self._denominator ** power)
            if self._numerator == 0:
                raise ZeroDivisionError("Fraction(%s, 0)" % (self._denominator ** -power))
            if self._numerator > 0:
                return Fraction._raw(self._denominator ** -power, self._numerator ** -power)
            return Fraction._raw((-self._denominator) ** -power, (-self._numerator) ** -power)
        if isinstance(other, (float, complex, Fraction)):
            return float(self) ** (float(other) if isinstance(other, Fraction) else other)
        return NotImplemented

    def __rpow__(self, other):
        if self._denominator == 1 and self._numerator >= 0:
            return other ** self._numerator
        if isinstance(other, int):
            return Fraction(other) ** self
        return other ** float(self)

    def __pos__(self):
        return Fraction._raw(self._numerator, self._denominator)

    def __neg__(self):
        return Fraction._raw(-self._numerator, self._denominator)

    def __abs__(self):
        return Fraction._raw(abs(self._numerator), self._denominator)

    def __int__(self):
        if self._numerator < 0:
            return -(-self._numerator // self._denominator)
        return self._numerator // self._denominator

    __trunc__ = __int__

    def __index__(self):
        raise TypeError("'Fraction' object cannot be interpreted as an integer")

    def __floor__(self):
        return self._numerator // self._denominator

    def __ceil__(self):
        return -(-self._numerator // self._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            q, r = divmod(self._numerator, self._denominator)
            if 2 * r < self._denominator or (2 * r == self._denominator and q % 2 == 0):
                return q
            return q + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(self):
        return self._numerator / self._denominator

    def __complex__(self):
        return complex(float(self))

    def __bool__(self):
        return self._numerator != 0

    def __hash__(self):
        try:
            inverse = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            h = _HASH_INF
        else:
            h = hash(hash(abs(self._numerator)) * inverse)
        result = h if self._numerator >= 0 else -h
        return -2 if result == -1 else result

    def __eq__(self, other):
        if isinstance(other, Fraction):
            return self._numerator == other._numerator and self._denominator == other._denominator
        if isinstance(other, int):
            return self._denominator == 1 and self._numerator == other
        if isinstance(other, complex):
            return other.imag == 0 and self == other.real
        if isinstance(other, float):
            if other != other or other in (float("inf"), float("-inf")):
                return False
            return self == Fraction(other)
        return NotImplemented

    def _compare(self, other, op):
        if isinstance(other, (Fraction, int)):
            o = Fraction(other)
            return op(self._numerator * o._denominator, o._numerator * self._denominator)
        if isinstance(other, float):
            if other != other or other in (float("inf"), float("-inf")):
                return op(0.0, other)
            return self._compare(Fraction(other), op)
        return NotImplemented

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    def __reduce__(self):
        return type(self), (str(self),)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self
