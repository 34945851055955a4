#!/usr/bin/env python3
import sys, zlib, struct
# Counts the strongly coloured pixels of a PNG (8-bit RGB or RGBA, not interlaced): charts are
# coloured, text and a blank page are not.
data = open(sys.argv[1], 'rb').read()
assert data[:8] == b'\x89PNG\r\n\x1a\n', 'not a PNG'
pos, idat, width, height, kind = 8, b'', 0, 0, 0
while pos < len(data):
    length, name = struct.unpack('>I4s', data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + length]
    if name == b'IHDR':
        width, height, depth, kind, _, _, interlace = struct.unpack('>IIBBBBB', body)
        assert depth == 8 and kind in (2, 6) and interlace == 0, 'unsupported PNG'
    elif name == b'IDAT':
        idat += body
    pos += 12 + length
raw = zlib.decompress(idat)
size = 3 if kind == 2 else 4
stride = width * size
previous = bytearray(stride)
coloured = 0
offset = 0
for _ in range(height):
    kind_of_filter = raw[offset]
    line = bytearray(raw[offset + 1:offset + 1 + stride])
    offset += 1 + stride
    for i in range(stride):
        a = line[i - size] if i >= size else 0
        b = previous[i]
        c = previous[i - size] if i >= size else 0
        if kind_of_filter == 1: line[i] = (line[i] + a) & 255
        elif kind_of_filter == 2: line[i] = (line[i] + b) & 255
        elif kind_of_filter == 3: line[i] = (line[i] + (a + b) // 2) & 255
        elif kind_of_filter == 4:
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    for i in range(0, stride, size):
        r, g, b = line[i], line[i + 1], line[i + 2]
        if max(r, g, b) - min(r, g, b) > 60:
            coloured += 1
    previous = line
print(coloured, width * height)
