"""Packing of values into binary records, as CPython's struct module."""

import _struct

__all__ = ["calcsize", "pack", "pack_into", "unpack", "unpack_from", "iter_unpack", "Struct",
           "error"]


class error(Exception):
    pass


def _format(fmt):
    if isinstance(fmt, (bytes, bytearray)):
        return bytes(fmt).decode("ascii")
    if not isinstance(fmt, str):
        raise TypeError("Struct() argument 1 must be a str or bytes object, not %s"
                        % type(fmt).__name__)
    return fmt


class Struct:
    """A compiled format."""

    def __init__(self, format):
        self.format = _format(format)
        self.size = _struct.calcsize(self.format, error)

    def pack(self, *values):
        return _struct.pack(self.format, values, error)

    def pack_into(self, buffer, offset, *values):
        data = _struct.pack(self.format, values, error)
        if not isinstance(buffer, bytearray):
            raise TypeError("argument must be read-write bytes-like object, not %s"
                            % type(buffer).__name__)
        n = len(buffer)
        if offset < 0:
            if offset + n < 0:
                raise error("offset %d out of range for %d-byte buffer" % (offset, n))
            offset += n
        if n - offset < len(data):
            raise error("pack_into requires a buffer of at least %d bytes for packing %d bytes "
                        "at offset %d (actual buffer size is %d)"
                        % (len(data) + offset, len(data), offset, n))
        buffer[offset:offset + len(data)] = data

    def unpack(self, buffer):
        return _struct.unpack(self.format, _buffer(buffer), 0, error, "unpack")

    def unpack_from(self, buffer, offset=0):
        return _struct.unpack(self.format, _buffer(buffer), offset, error, "unpack_from")

    def iter_unpack(self, buffer):
        size = self.size
        if size == 0:
            raise error("cannot iteratively unpack with a struct of length 0")
        data = _buffer(buffer)
        if len(data) % size:
            raise error("iterative unpacking requires a buffer of a multiple of %d bytes" % size)
        return _iterate(self.format, data, size)

    def __repr__(self):
        return "Struct(%r)" % self.format


def _iterate(fmt, data, size):
    for offset in range(0, len(data), size):
        yield _struct.unpack(fmt, data, offset, error, "unpack_from")


def _buffer(buffer):
    if isinstance(buffer, (bytes, bytearray)):
        return buffer
    try:
        return bytes(memoryview(buffer))
    except Exception:
        raise TypeError("a bytes-like object is required, not '%s'" % type(buffer).__name__)


_cache = {}


def _struct_for(fmt):
    s = _cache.get(fmt)
    if s is None:
        s = Struct(fmt)
        if len(_cache) > 100:
            _cache.clear()
        _cache[fmt] = s
    return s


def calcsize(format):
    return _struct_for(format).size


def pack(format, *values):
    return _struct_for(format).pack(*values)


def pack_into(format, buffer, offset, *values):
    _struct_for(format).pack_into(buffer, offset, *values)


def unpack(format, buffer):
    return _struct_for(format).unpack(buffer)


def unpack_from(format, buffer, offset=0):
    return _struct_for(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer):
    return _struct_for(format).iter_unpack(buffer)
