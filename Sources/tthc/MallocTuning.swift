#if os(Linux)
    import CMalloc
#endif

/// glibc maps a large block on its own (and gives it back when freed) only above a threshold that
/// it raises, up to 32 MiB, each time such a block is freed: after the first large array a run
/// drops, arrays of up to 32 MiB come from the heap, whose freed holes stay resident. On a national
/// catalog (34 copies) lint's peak memory was 997,160 KiB in one run and 1,054,100 KiB in the next;
/// with the threshold held at glibc's starting value (128 KiB), 940,000–970,000 KiB
/// (Benchmarks/README, stop 21).
enum MallocTuning {
    static func holdMmapThreshold() {
        #if os(Linux)
            _ = mallopt(M_MMAP_THRESHOLD, 128 * 1024)
        #endif
    }
}
