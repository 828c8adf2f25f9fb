// GCC has no libFuzzer, and libFuzzer no longer reads GCC's -fsanitize-coverage=trace-pc
// callbacks. This shim, compiled without coverage, receives them and feeds libFuzzer the
// inline 8-bit counters it does read: one counter per (hashed) call site.
#include <cstddef>
#include <cstdint>

extern "C" void __sanitizer_cov_8bit_counters_init(uint8_t *start, uint8_t *stop);
extern "C" void __sanitizer_cov_pcs_init(const uintptr_t *start, const uintptr_t *stop);

namespace {

constexpr size_t Counters = size_t(1) << 18;
alignas(64) uint8_t g_counters[Counters];
uintptr_t g_pcs[2 * Counters]; // libFuzzer's PC table: (pc, flags) per counter

struct Registration
{
    Registration()
    {
        for (size_t i = 0; i < Counters; ++i)
            g_pcs[2 * i] = i + 1;
        __sanitizer_cov_8bit_counters_init(g_counters, g_counters + Counters);
        __sanitizer_cov_pcs_init(g_pcs, g_pcs + 2 * Counters);
    }
} g_registration;

} // namespace

extern "C" void __sanitizer_cov_trace_pc()
{
    const auto pc = reinterpret_cast<uintptr_t>(__builtin_return_address(0));
    uint8_t &counter = g_counters[(pc ^ (pc >> 18)) & (Counters - 1)];
    counter = uint8_t(counter + 1);
}

// GCC also traces floating-point comparisons, which libFuzzer has no use for.
extern "C" void __sanitizer_cov_trace_cmpf(float, float) {}
extern "C" void __sanitizer_cov_trace_cmpd(double, double) {}
