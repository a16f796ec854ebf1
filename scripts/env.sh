# Sourced by the other scripts: the tool path. npm binaryen's wasm-opt (reads Rust 1.95 output) must come before
# Debian's, which cannot; cargo-installed wasm-bindgen and wasm-pack come from ~/.cargo/bin.
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export WASM_PACK_CACHE="$PWD/target/wasm-pack-cache"
