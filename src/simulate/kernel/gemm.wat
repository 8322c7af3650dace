;; Tiles of C = A·Bᵀ in WebAssembly SIMD (f64x2), the inner kernel of gemm.ts.
;;
;; tiles(ap, k0, k1, bp, r4, n, i0, len, c, ldc, upper, load): for every 4×4 tile (k, j) with
;; k0 ≤ k < k1, j < r4 (and j ≥ k when upper ≠ 0), C[k+u][j+v] (+)= Σ_{i0 ≤ i < i0+len} A[k+u][i]·B[j+v][i]
;; for u, v = 0…3 — with load ≠ 0 the sums start from the values in C, so that a product split into
;; chunks of the inner index is summed in the same order as in one piece — where
;;   ap = byte address of A packed by panels of four rows: ap[(k/4)·4n + 4i + u] = A[k+u][i],
;;   bp = byte address of B packed the same way: bp[(j/4)·4n + 4i + v] = B[j+v][i],
;;   c  = byte address of C, row-major with row length ldc.
;; Panels are the outer loop and rows the inner one, so a panel (4·len numbers) stays in the
;; first-level cache while the rows k0…k1 of the chunk (a block the caller sizes for the second
;; level) pass by. Lanes hold two neighbouring columns j+v, j+v+1; every entry is summed in increasing i with one
;; multiplication and one addition per term (no fused multiply-add), exactly as the scalar loop
;; in gemm.ts, so both give the same bits.
(module
  (memory (export "memory") 1)
  (func (export "tiles")
    (param $ap i32) (param $k0 i32) (param $k1 i32) (param $bp i32) (param $r4 i32) (param $n i32)
    (param $i0 i32) (param $len i32) (param $c i32) (param $ldc i32) (param $upper i32) (param $load i32)
    (local $k i32) (local $j i32) (local $i i32) (local $kEnd i32)
    (local $ldcBytes i32)
    (local $pa i32) (local $pb i32) (local $panel i32)
    (local $x0 v128) (local $x1 v128) (local $y v128)
    (local $s00 v128) (local $s01 v128) (local $s10 v128) (local $s11 v128)
    (local $s20 v128) (local $s21 v128) (local $s30 v128) (local $s31 v128)
    (local $ck i32)
    (local.set $ldcBytes (i32.shl (local.get $ldc) (i32.const 3)))
    (local.set $j (i32.const 0))
    (block $doneJ
      (loop $loopJ
        (br_if $doneJ (i32.ge_s (local.get $j) (local.get $r4)))
        ;; panel j/4 from inner index i0: bp + (j/4)·32n + 32·i0
        (local.set $panel (i32.add (local.get $bp)
          (i32.shl (i32.add (i32.mul (i32.shr_u (local.get $j) (i32.const 2)) (local.get $n)) (local.get $i0)) (i32.const 5))))
        (local.set $kEnd (local.get $k1))
        (if (local.get $upper)
          (then (if (i32.gt_s (local.get $kEnd) (i32.add (local.get $j) (i32.const 1)))
            (then (local.set $kEnd (i32.add (local.get $j) (i32.const 1)))))))
        (local.set $k (local.get $k0))
        (block $doneK
          (loop $loopK
            (br_if $doneK (i32.ge_s (local.get $k) (local.get $kEnd)))
            ;; panel k/4 of A from inner index i0: ap + (k/4)·32n + 32·i0
            (local.set $pa (i32.add (local.get $ap)
              (i32.shl (i32.add (i32.mul (i32.shr_u (local.get $k) (i32.const 2)) (local.get $n)) (local.get $i0)) (i32.const 5))))
            (local.set $pb (local.get $panel))
            (local.set $ck (i32.add (local.get $c) (i32.shl (i32.add (i32.mul (local.get $k) (local.get $ldc)) (local.get $j)) (i32.const 3))))
            (if (local.get $load)
              (then
                (local.set $s00 (v128.load offset=0 (local.get $ck)))
                (local.set $s01 (v128.load offset=16 (local.get $ck)))
                (local.set $s10 (v128.load offset=0 (i32.add (local.get $ck) (local.get $ldcBytes))))
                (local.set $s11 (v128.load offset=16 (i32.add (local.get $ck) (local.get $ldcBytes))))
                (local.set $s20 (v128.load offset=0 (i32.add (local.get $ck) (i32.shl (local.get $ldcBytes) (i32.const 1)))))
                (local.set $s21 (v128.load offset=16 (i32.add (local.get $ck) (i32.shl (local.get $ldcBytes) (i32.const 1)))))
                (local.set $s30 (v128.load offset=0 (i32.add (local.get $ck) (i32.mul (local.get $ldcBytes) (i32.const 3)))))
                (local.set $s31 (v128.load offset=16 (i32.add (local.get $ck) (i32.mul (local.get $ldcBytes) (i32.const 3))))))
              (else
                (local.set $s00 (v128.const f64x2 0 0)) (local.set $s01 (v128.const f64x2 0 0))
                (local.set $s10 (v128.const f64x2 0 0)) (local.set $s11 (v128.const f64x2 0 0))
                (local.set $s20 (v128.const f64x2 0 0)) (local.set $s21 (v128.const f64x2 0 0))
                (local.set $s30 (v128.const f64x2 0 0)) (local.set $s31 (v128.const f64x2 0 0))))
            (local.set $i (local.get $len))
            (block $doneI
              (loop $loopI
                (br_if $doneI (i32.eqz (local.get $i)))
                (local.set $x0 (v128.load offset=0 (local.get $pb)))
                (local.set $x1 (v128.load offset=16 (local.get $pb)))
                (local.set $y (v128.load64_splat offset=0 (local.get $pa)))
                (local.set $s00 (f64x2.add (local.get $s00) (f64x2.mul (local.get $y) (local.get $x0))))
                (local.set $s01 (f64x2.add (local.get $s01) (f64x2.mul (local.get $y) (local.get $x1))))
                (local.set $y (v128.load64_splat offset=8 (local.get $pa)))
                (local.set $s10 (f64x2.add (local.get $s10) (f64x2.mul (local.get $y) (local.get $x0))))
                (local.set $s11 (f64x2.add (local.get $s11) (f64x2.mul (local.get $y) (local.get $x1))))
                (local.set $y (v128.load64_splat offset=16 (local.get $pa)))
                (local.set $s20 (f64x2.add (local.get $s20) (f64x2.mul (local.get $y) (local.get $x0))))
                (local.set $s21 (f64x2.add (local.get $s21) (f64x2.mul (local.get $y) (local.get $x1))))
                (local.set $y (v128.load64_splat offset=24 (local.get $pa)))
                (local.set $s30 (f64x2.add (local.get $s30) (f64x2.mul (local.get $y) (local.get $x0))))
                (local.set $s31 (f64x2.add (local.get $s31) (f64x2.mul (local.get $y) (local.get $x1))))
                (local.set $pa (i32.add (local.get $pa) (i32.const 32)))
                (local.set $pb (i32.add (local.get $pb) (i32.const 32)))
                (local.set $i (i32.sub (local.get $i) (i32.const 1)))
                (br $loopI)))
            (v128.store offset=0 (local.get $ck) (local.get $s00))
            (v128.store offset=16 (local.get $ck) (local.get $s01))
            (local.set $ck (i32.add (local.get $ck) (local.get $ldcBytes)))
            (v128.store offset=0 (local.get $ck) (local.get $s10))
            (v128.store offset=16 (local.get $ck) (local.get $s11))
            (local.set $ck (i32.add (local.get $ck) (local.get $ldcBytes)))
            (v128.store offset=0 (local.get $ck) (local.get $s20))
            (v128.store offset=16 (local.get $ck) (local.get $s21))
            (local.set $ck (i32.add (local.get $ck) (local.get $ldcBytes)))
            (v128.store offset=0 (local.get $ck) (local.get $s30))
            (v128.store offset=16 (local.get $ck) (local.get $s31))
            (local.set $k (i32.add (local.get $k) (i32.const 4)))
            (br $loopK)))
        (local.set $j (i32.add (local.get $j) (i32.const 4)))
        (br $loopJ)))))
