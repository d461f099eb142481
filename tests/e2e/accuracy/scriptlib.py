"""What the tests of bench's Python scripts share: loading a script that has no .py suffix as
a module, exact checks, and a runner that reports every test function and exits 1 when any
fails."""
import importlib.machinery
import importlib.util
import sys
import time


def load_script(path, name):
    loader = importlib.machinery.SourceFileLoader(name, path)
    spec = importlib.util.spec_from_loader(name, loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


def check_eq(got, want, what):
    if got != want:
        raise AssertionError(f"{what}: got {got!r}, want {want!r}")


def check(cond, what):
    if not cond:
        raise AssertionError(what)


def run_all(namespace):
    """Runs every function of namespace named test_*, in order; exits 1 when any fails."""
    tests = [(name, fn) for name, fn in namespace.items() if name.startswith("test_")]
    failed = 0
    for name, fn in tests:
        t0 = time.monotonic()
        try:
            fn()
            print(f"ok   {name} ({time.monotonic() - t0:.2f}s)")
        except Exception as e:  # report every failure, then go on
            failed += 1
            print(f"FAIL {name}: {type(e).__name__}: {e}")
    print(f"{len(tests) - failed} passed, {failed} failed")
    sys.exit(1 if failed else 0)
