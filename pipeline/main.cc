#include <cstdio>
int main() { std::puts("delib: under construction"); return 0; }
