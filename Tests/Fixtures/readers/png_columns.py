"""Reads a PNG screenshot (8-bit RGB or RGBA, not interlaced) with nothing but zlib, finds the bands of rows
that hold dark pixels (lines of text), and prints, as JSON, the rightmost dark pixel's x of each band."""
import json
import struct
import sys
import zlib

data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n"
position, idat, width, height, channels = 8, b"", 0, 0, 3
while position < len(data):
    length, kind = struct.unpack(">I4s", data[position:position + 8])
    body = data[position + 8:position + 8 + length]
    if kind == b"IHDR":
        width, height, depth, color = struct.unpack(">IIBB", body[:10])
        assert depth == 8 and color in (2, 6)
        channels = 3 if color == 2 else 4
    elif kind == b"IDAT":
        idat += body
    position += 12 + length
raw = zlib.decompress(idat)
stride = width * channels
rows, previous, offset = [], bytearray(stride), 0
for _ in range(height):
    kind, line = raw[offset], bytearray(raw[offset + 1:offset + 1 + stride])
    offset += 1 + stride
    for i in range(stride):
        left = line[i - channels] if i >= channels else 0
        up, corner = previous[i], (previous[i - channels] if i >= channels else 0)
        if kind == 1: line[i] = (line[i] + left) & 255
        elif kind == 2: line[i] = (line[i] + up) & 255
        elif kind == 3: line[i] = (line[i] + (left + up) // 2) & 255
        elif kind == 4:
            p = left + up - corner
            pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
            line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
    rows.append(line)
    previous = line
threshold = int(sys.argv[2]) if len(sys.argv) > 2 else 100
bands, current = [], None
for y, line in enumerate(rows):
    dark = [x for x in range(width) if sum(line[x * channels:x * channels + 3]) < threshold * 3]
    if dark:
        current = max(current or 0, max(dark)) if current is not None else max(dark)
    elif current is not None:
        bands.append(current)
        current = None
if current is not None:
    bands.append(current)
print(json.dumps(bands))
