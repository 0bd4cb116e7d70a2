// zlib (Debian's zlib1g-dev), for inflating the parts of .xlsx workbooks. See Sources/JixiaoCore/IO/ZIPReader.swift.
#include <zlib.h>
