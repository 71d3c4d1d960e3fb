#pragma once

// Moved to the render layer (the invoice PDF, which billhook-cli draws too, writes its amounts with it). Kept
// only for ui/xero's includes, which another change was editing at the time of the move: include
// "render/moneyformat.h" instead, and delete this file once nothing includes it.
#include "render/moneyformat.h"
