;; Multi-literal search over bytes with WebAssembly SIMD, in the manner of Hyperscan's Teddy:
;; each 16-byte block is tested against a fingerprint of every literal's first three bytes
;; (nibble tables looked up with i8x16.swizzle, one bit per bucket of literals), and only the
;; lanes that pass are verified, each against the literals whose first two bytes, letters folded,
;; hash as the lane's do. The line layer (token-line-reader.ts) reads its hits; bench/line-layer.ts measures it.
;;
;; Memory: 0..95 the nibble tables (low, high) for bytes 0, 1 and 2; 4096 + id*128 literal
;; records: 32 bytes of the literal (lower case where it folds, zero past its end), 32 of the bit
;; each byte gains to fold (32 on a folding letter), 32 of all ones over its length, then, with
;; flag 4, a 16-byte bitmap of the characters that may follow it (bit 0 stands for 0x80, every
;; character past ASCII), and at 112 its length and at 116 its flags (1 = 8 hex digits follow,
;; 2 = letters fold, 4 = one of a set of characters follows); 16384 + key*8 the literals (a bit per id) whose first two bytes hash to key, 4096
;; keys. Hits are written as {offset, id} pairs at `out`. The host grows the memory to hold its
;; text, and leaves 64 zero bytes after it: a lane's verification reads up to 40 bytes.
(module
  (memory (export "memory") 48)

  ;; Valid UTF-8 at `in` (`len` bytes), compacted in place to one byte per UTF-16 code unit, so
  ;; that a byte's offset is its character's in the host's string: ASCII stays, every other
  ;; character becomes 0x80, which no literal holds (two of them for a four-byte sequence, a
  ;; surrogate pair). Returns the new length.
  (func (export "units") (param $in i32) (param $len i32) (result i32)
    (local $i i32) (local $j i32) (local $end i32) (local $b i32)
    (local.set $i (local.get $in))
    (local.set $j (local.get $in))
    (local.set $end (i32.add (local.get $in) (local.get $len)))
    (block $done (loop $next
      (br_if $done (i32.ge_u (local.get $i) (local.get $end)))
      ;; sixteen ASCII bytes at once
      (if (i32.le_u (i32.add (local.get $i) (i32.const 16)) (local.get $end)) (then
        (if (i32.eqz (i8x16.bitmask (v128.load (local.get $i)))) (then
          (v128.store (local.get $j) (v128.load (local.get $i)))
          (local.set $i (i32.add (local.get $i) (i32.const 16)))
          (local.set $j (i32.add (local.get $j) (i32.const 16)))
          (br $next)))))
      (local.set $b (i32.load8_u (local.get $i)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (if (i32.lt_u (local.get $b) (i32.const 0x80))
        (then
          (i32.store8 (local.get $j) (local.get $b))
          (local.set $j (i32.add (local.get $j) (i32.const 1))))
        (else (if (i32.ge_u (local.get $b) (i32.const 0xc0)) (then
          (i32.store8 (local.get $j) (i32.const 0x80))
          (local.set $j (i32.add (local.get $j) (i32.const 1)))
          (if (i32.ge_u (local.get $b) (i32.const 0xf0)) (then
            (i32.store8 (local.get $j) (i32.const 0x80))
            (local.set $j (i32.add (local.get $j) (i32.const 1)))))))))
      (br $next)))
    (i32.sub (local.get $j) (local.get $in)))

  ;; The bytes from `in` to `in + length` (followed by at least 40 zero bytes); returns the number of
  ;; hits. With `lines` set, each line end is a hit too, of id 64, in its place among the others.
  (func (export "scan") (param $in i32) (param $length i32) (param $out i32) (param $lines i32) (result i32)
    (local $i i32) (local $end i32) (local $v v128) (local $m v128) (local $nibble v128) (local $m2 v128)
    (local $bits i32) (local $j i32) (local $hits i32) (local $at i32) (local $ends v128)
    (local $ids i64) (local $id i32)
    (local $len i32) (local $flags i32) (local $r i32) (local $word i32) (local $c i32) (local $c1 i32) (local $t v128) (local $h v128)
    (local $lo0 v128) (local $hi0 v128) (local $lo1 v128) (local $hi1 v128) (local $lo2 v128) (local $hi2 v128)
    (local.set $lo0 (v128.load (i32.const 0)))  (local.set $hi0 (v128.load (i32.const 16)))
    (local.set $lo1 (v128.load (i32.const 32))) (local.set $hi1 (v128.load (i32.const 48)))
    (local.set $lo2 (v128.load (i32.const 64))) (local.set $hi2 (v128.load (i32.const 80)))
    (local.set $nibble (i8x16.splat (i32.const 15)))
    ;; all ones when line ends are reported, else none: it masks the line-end lanes
    (local.set $ends (i8x16.splat (i32.sub (i32.const 0) (i32.ne (local.get $lines) (i32.const 0)))))
    (local.set $i (local.get $in))
    (local.set $end (i32.add (local.get $in) (local.get $length)))
    (block $exit (loop $blocks
      (br_if $exit (i32.ge_u (local.get $i) (local.get $end)))
      (local.set $v (v128.load (local.get $i)))
      (local.set $m (v128.and
        (i8x16.swizzle (local.get $lo0) (v128.and (local.get $v) (local.get $nibble)))
        (i8x16.swizzle (local.get $hi0) (i8x16.shr_u (local.get $v) (i32.const 4)))))
      (local.set $v (v128.load offset=1 (local.get $i)))
      (local.set $m (v128.and (local.get $m) (v128.and
        (i8x16.swizzle (local.get $lo1) (v128.and (local.get $v) (local.get $nibble)))
        (i8x16.swizzle (local.get $hi1) (i8x16.shr_u (local.get $v) (i32.const 4))))))
      (local.set $v (v128.load offset=2 (local.get $i)))
      (local.set $m (v128.and (local.get $m) (v128.and
        (i8x16.swizzle (local.get $lo2) (v128.and (local.get $v) (local.get $nibble)))
        (i8x16.swizzle (local.get $hi2) (i8x16.shr_u (local.get $v) (i32.const 4))))))
      ;; No literal starts with a control character, so a line end's lane never passes the fingerprint.
      (local.set $m (v128.or (local.get $m)
        (v128.and (local.get $ends) (i8x16.eq (v128.load (local.get $i)) (i8x16.splat (i32.const 10))))))
      ;; The next block the same way, written out again: one test and one loop of lanes for 32
      ;; bytes cost less than two (a helper would save and restore the fingerprint's registers).
      (local.set $v (v128.load offset=16 (local.get $i)))
      (local.set $m2 (v128.and
        (i8x16.swizzle (local.get $lo0) (v128.and (local.get $v) (local.get $nibble)))
        (i8x16.swizzle (local.get $hi0) (i8x16.shr_u (local.get $v) (i32.const 4)))))
      (local.set $v (v128.load offset=17 (local.get $i)))
      (local.set $m2 (v128.and (local.get $m2) (v128.and
        (i8x16.swizzle (local.get $lo1) (v128.and (local.get $v) (local.get $nibble)))
        (i8x16.swizzle (local.get $hi1) (i8x16.shr_u (local.get $v) (i32.const 4))))))
      (local.set $v (v128.load offset=18 (local.get $i)))
      (local.set $m2 (v128.and (local.get $m2) (v128.and
        (i8x16.swizzle (local.get $lo2) (v128.and (local.get $v) (local.get $nibble)))
        (i8x16.swizzle (local.get $hi2) (i8x16.shr_u (local.get $v) (i32.const 4))))))
      (local.set $m2 (v128.or (local.get $m2)
        (v128.and (local.get $ends) (i8x16.eq (v128.load offset=16 (local.get $i)) (i8x16.splat (i32.const 10))))))
      (if (v128.any_true (v128.or (local.get $m) (local.get $m2))) (then
        (local.set $bits (i32.or
          (i8x16.bitmask (i8x16.ne (local.get $m) (v128.const i32x4 0 0 0 0)))
          (i32.shl (i8x16.bitmask (i8x16.ne (local.get $m2) (v128.const i32x4 0 0 0 0))) (i32.const 16))))
        (loop $lanes
          (local.set $j (i32.ctz (local.get $bits)))
          (local.set $at (i32.add (local.get $i) (local.get $j)))
          (if (i32.eq (i32.load8_u (local.get $at)) (i32.const 10))
            (then
              (i32.store (i32.add (local.get $out) (i32.shl (local.get $hits) (i32.const 3))) (local.get $at))
              (i32.store offset=4 (i32.add (local.get $out) (i32.shl (local.get $hits) (i32.const 3))) (i32.const 64))
              (local.set $hits (i32.add (local.get $hits) (i32.const 1))))
            ;; Verified here, not in a function of its own: a call would save and restore the
            ;; fingerprint's registers for each lane. The lane's first two bytes, letters folded,
            ;; pick from the hash table the few literals that may start there (a bucket holds up to
            ;; 15 literals, and checking each of those cost more than the scan of the blocks); the
            ;; literals that start at `at` are appended to the hits in id order.
            (else
              (local.set $word (i32.load (local.get $at)))
              (local.set $c (i32.and (local.get $word) (i32.const 255)))
              (local.set $c1 (i32.and (i32.shr_u (local.get $word) (i32.const 8)) (i32.const 255)))
              ;; an upper-case letter gains bit 5
              (local.set $c (i32.or (local.get $c) (i32.shl (i32.lt_u (i32.sub (local.get $c) (i32.const 65)) (i32.const 26)) (i32.const 5))))
              (local.set $c1 (i32.or (local.get $c1) (i32.shl (i32.lt_u (i32.sub (local.get $c1) (i32.const 65)) (i32.const 26)) (i32.const 5))))
              (local.set $ids (i64.load offset=16384
                (i32.shl (i32.and (i32.xor (i32.shl (local.get $c) (i32.const 6)) (local.get $c1)) (i32.const 4095)) (i32.const 3))))
              ;; sixteen bytes from the lane, compared with each literal's record at once
              (local.set $t (v128.load (local.get $at)))
              (block $done (loop $literals
                (br_if $done (i64.eqz (local.get $ids)))
                (local.set $id (i32.wrap_i64 (i64.ctz (local.get $ids))))
                (local.set $ids (i64.and (local.get $ids) (i64.sub (local.get $ids) (i64.const 1))))
                (local.set $r (i32.add (i32.const 4096) (i32.shl (local.get $id) (i32.const 7))))
                ;; the bytes, folded where the literal folds and cut to its length, against its own
                (br_if $literals (i32.eqz (i8x16.all_true (i8x16.eq
                  (v128.and (v128.or (local.get $t) (v128.load offset=32 (local.get $r))) (v128.load offset=64 (local.get $r)))
                  (v128.load (local.get $r))))))
                (local.set $len (i32.load offset=112 (local.get $r)))
                (local.set $flags (i32.load offset=116 (local.get $r)))
                (if (i32.gt_u (local.get $len) (i32.const 16)) (then
                  (br_if $literals (i32.eqz (i8x16.all_true (i8x16.eq
                    (v128.and (v128.or (v128.load offset=16 (local.get $at)) (v128.load offset=48 (local.get $r))) (v128.load offset=80 (local.get $r)))
                    (v128.load offset=16 (local.get $r))))))))
                ;; eight hex digits after the literal, where its flags ask for them: a digit is 48..57,
                ;; a letter 97..102 once it has bit 5
                (if (i32.and (local.get $flags) (i32.const 1)) (then
                  (local.set $h (v128.load64_zero (i32.add (local.get $at) (local.get $len))))
                  (br_if $literals (i32.ne (i32.and (i8x16.bitmask (v128.or
                      (i8x16.lt_u (i8x16.sub (local.get $h) (i8x16.splat (i32.const 48))) (i8x16.splat (i32.const 10)))
                      (i8x16.lt_u (i8x16.sub (v128.or (local.get $h) (i8x16.splat (i32.const 32))) (i8x16.splat (i32.const 97))) (i8x16.splat (i32.const 6)))))
                    (i32.const 255)) (i32.const 255)))))
                ;; one of the characters the record's bitmap allows after it, where its flags ask for one
                (if (i32.and (local.get $flags) (i32.const 4)) (then
                  (local.set $c (i32.and (i32.load8_u (i32.add (local.get $at) (local.get $len))) (i32.const 127)))
                  (br_if $literals (i32.eqz (i32.and (i32.const 1) (i32.shr_u
                    (i32.load8_u offset=96 (i32.add (local.get $r) (i32.shr_u (local.get $c) (i32.const 3))))
                    (i32.and (local.get $c) (i32.const 7))))))))
                (i32.store (i32.add (local.get $out) (i32.shl (local.get $hits) (i32.const 3))) (local.get $at))
                (i32.store offset=4 (i32.add (local.get $out) (i32.shl (local.get $hits) (i32.const 3))) (local.get $id))
                (local.set $hits (i32.add (local.get $hits) (i32.const 1)))
                (br $literals)))))
          (local.set $bits (i32.and (local.get $bits) (i32.sub (local.get $bits) (i32.const 1))))
          (br_if $lanes (local.get $bits)))))
      (local.set $i (i32.add (local.get $i) (i32.const 32)))
      (br $blocks)))
    (local.get $hits)))
